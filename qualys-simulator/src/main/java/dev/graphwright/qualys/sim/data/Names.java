package dev.graphwright.qualys.sim.data;

/** Word lists the generated account draws from. */
final class Names {
  static final String[] WINDOWS_OS = {
    "Windows Server 2019 Datacenter 64 bit Edition Version 1809",
    "Windows Server 2022 Standard 64 bit Edition Version 21H2",
    "Windows 2016 Standard 64 bit Edition Version 1607",
    "Windows 10 Enterprise 64 bit Edition Version 22H2",
    "Windows 11 Pro 64 bit Edition Version 23H2",
    "Windows 2008 R2 Enterprise Service Pack 1",
  };
  static final String[] OTHER_OS = {
    "Ubuntu Linux 22.04.3",
    "Ubuntu Linux 20.04.6",
    "Red Hat Enterprise Linux 8.8",
    "Red Hat Enterprise Linux Server 7.9",
    "CentOS Linux 7.9.2009",
    "Debian GNU\\Linux 11.7",
    "Amazon Linux 2",
    "Linux 3.10",
    "Cisco IOS 15.2(4)M11",
    "VMware ESXi 7.0.3 build-21686933",
    "macOS 13.5",
    "HP-UX 11.31",
  };
  static final String[] EC2_OS = {
    "Amazon Linux 2",
    "Amazon Linux 2023",
    "Ubuntu Linux 22.04.3",
    "Windows Server 2022 Standard 64 bit Edition Version 21H2",
  };
  static final String[] HOST_ROLES = {
    "web",
    "app",
    "db",
    "mail",
    "files",
    "build",
    "vpn",
    "api",
    "cache",
    "jump",
    "dc",
    "print",
    "log",
    "k8s-node",
  };
  static final String[] DOMAINS = {
    "corp.example.com", "prod.example.net", "eu.example.org", "lab.example.com", "dmz.example.com",
  };
  static final String[] TAG_NAMES = {
    "Cloud Agent", "Production", "PCI", "Linux Servers", "Windows Servers", "DMZ",
    "Business Unit: Finance & Risk", "AWS", "Internet Facing", "Critical Assets", "Development",
        "2024",
  };
  static final String[] REGIONS = {
    "us-east-1",
    "us-east-2",
    "us-west-2",
    "eu-west-1",
    "eu-central-1",
    "ap-south-1",
    "ap-southeast-2",
  };
  static final String[] INSTANCE_TYPES = {
    "t2.medium", "t3.large", "m5.xlarge", "c5.2xlarge", "r5.large", "t3.micro", "m6i.large",
  };
  static final String[] GROUP_NAMES = {
    "default", "launch-wizard-2", "web-sg", "bastion", "eks-nodes"
  };
  static final String[] ENVIRONMENTS = {"production", "staging", "dev", "test"};
  static final String[] DEPARTMENTS = {
    "Security", "Engineering", "Finance", "Marketing", "IT Operations"
  };
  static final String[] OWNERS = {
    "Jordan Lee", "Sam Patel", "Alex Moreau", "Priya Nair", "Chris O'Neil"
  };

  static final String[] PRODUCTS = {
    "OpenSSL",
    "Apache HTTP Server",
    "nginx",
    "Microsoft Windows",
    "Microsoft Office",
    "OpenSSH",
    "Oracle Java SE",
    "Google Chrome",
    "Mozilla Firefox",
    "PHP",
    "MySQL",
    "PostgreSQL",
    "Samba",
    "Apache Tomcat",
    "Cisco IOS",
    "VMware ESXi",
    "Linux Kernel",
    "glibc",
    "sudo",
    "curl",
  };
  static final String[] ISSUES = {
    "Multiple Vulnerabilities",
    "Remote Code Execution Vulnerability",
    "Denial of Service Vulnerability",
    "Information Disclosure Vulnerability",
    "Privilege Escalation Vulnerability",
    "Security Update",
    "Security Bypass Vulnerability",
    "Memory Corruption Vulnerability",
  };
  static final String[] INFO_TITLES = {
    "Host Scan Time - Scanner",
    "Open TCP Services List",
    "Operating System Detected",
    "Traceroute",
    "DNS Host Name",
    "Installed Applications Enumerated From Windows Installer",
    "SSL Certificate - Information",
    "Network Adapter MAC Address",
    "Firewall Detected",
    "Host Names Found",
  };
  static final String[] POTENTIAL_TITLES = {
    "SSL Certificate - Self-Signed Certificate",
    "SSL/TLS use of weak RC4 cipher",
    "Hidden RPC Services",
    "TCP Sequence Number Approximation Based Denial of Service",
    "SMB Signing Disabled or SMB Signing Not Required",
    "NetBIOS Name Accessible",
  };
  static final String[] CATEGORIES = {
    "Windows", "Local", "General remote services", "Web server", "Red Hat", "Ubuntu", "Cisco",
    "Database", "Security Policy", "Debian", "Amazon Linux", "SUSE", "Hardware", "Firewall",
  };
  static final String[] INFO_CATEGORIES = {"Information gathering", "TCP/IP", "Windows", "Local"};

  static final String[] WEB_VULN_TITLES = {
    "Cross-Site Scripting (XSS)",
    "SQL Injection",
    "Path-Based Vulnerability",
    "Blind SQL Injection",
    "Cross-Site Request Forgery",
    "Server-Side Request Forgery (SSRF)",
    "Insecure Transport",
    "Session Cookie Does Not Contain the \"Secure\" Attribute",
    "Clickjacking - Framable Page",
    "Possible Sensitive Directory Disclosed",
  };
  static final String[] WEB_SENSITIVE_TITLES = {
    "Credit Card Number Disclosed", "Social Security Number Disclosed", "Email Addresses Disclosed",
  };
  static final String[] WEB_INFO_TITLES = {
    "Missing header: Referrer-Policy",
    "Links Crawled",
    "Scan Diagnostics",
    "Web Server Version",
    "Missing header: Content-Security-Policy",
    "External Links Discovered",
    "Cookies Collected",
    "Login Form Detected",
  };
  static final String[] APP_PRODUCTS = {
    "Customer Portal", "Payments API", "HR Self-Service", "R&D Wiki", "Partner Extranet",
    "Support Desk", "Marketing Site", "Inventory Service", "Billing Console", "Status Page",
  };
  static final String[] URL_PATHS = {
    "login.php", "search?q=test", "account/settings", "api/v1/orders?id=1",
        "download.jsp?file=report.pdf",
    "admin/", "cart/checkout", "profile/edit", "index.html", "graphql",
  };

  private Names() {}
}
