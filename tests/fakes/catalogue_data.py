"""A small, realistic catalogue for install, shadow-IT and Apps page tests."""

from __future__ import annotations

from desktop.catalogue.model import Catalogue, CatalogueApp, InstallMethod, Unsanctioned


def app(app_id: str, name: str, publisher: str, category: str, description: str,
        install: dict[str, InstallMethod], **fields: object) -> CatalogueApp:
    """A CatalogueApp with the catalogue's defaults for the fields a test leaves out."""
    values: dict[str, object] = {
        "tags": (), "replaces": (), "required": False, "approval": "none",
        "data_classification": "internal", "cost": "free", "featured": False,
        "homepage": None, **fields,
    }
    return CatalogueApp(app_id, name, publisher, category, description, install=install,
                        **values)  # type: ignore[arg-type]  # the defaults above match


def demo_catalogue() -> Catalogue:
    apps = (
        app("firefox", "Firefox", "Mozilla", "Browsers", "Fast, private web browser.", {
            "windows": InstallMethod("winget", "Mozilla.Firefox"),
            "macos": InstallMethod("brew_cask", "firefox"),
            "linux": InstallMethod("flatpak", "org.mozilla.firefox"),
        }, tags=("web",), replaces=("Opera GX",), featured=True, version="2.0",
            size=99_614_720),
        app("company-files", "Company Files", "Example Corp IT", "Collaboration",
            "Share files with anyone, approved for confidential data.", {
                "any": InstallMethod("open_url", "https://files.example.com"),
            }, replaces=("Dropbox", "WeTransfer"), data_classification="confidential",
            featured=True, required=True),
        app("slack", "Slack", "Slack Technologies", "Collaboration",
            "Team chat with channels for every project.", {
                "windows": InstallMethod("winget", "SlackTechnologies.Slack"),
                "macos": InstallMethod("brew_cask", "slack"),
                "linux": InstallMethod("flatpak", "com.slack.Slack"),
            }, tags=("chat",), replaces=("WhatsApp",), required=True, featured=True),
        app("vscode", "Visual Studio Code", "Microsoft", "Development",
            "Code editor with debugging and Git built in.", {
                "windows": InstallMethod("winget", "Microsoft.VisualStudioCode"),
                "macos": InstallMethod("brew_cask", "visual-studio-code"),
                "linux": InstallMethod("snap", "code"),
            }, tags=("editor", "git")),
        app("keepassxc", "KeePassXC", "KeePassXC Team", "Security",
            "Password manager that keeps your passwords in an encrypted file.", {
                "windows": InstallMethod("winget", "KeePassXCTeam.KeePassXC"),
                "macos": InstallMethod("brew_cask", "keepassxc"),
                "linux": InstallMethod("apt", "keepassxc"),
            }, tags=("passwords",), replaces=("LastPass",)),
        app("figma", "Figma", "Figma, Inc.", "Design", "Collaborative interface design.", {
            "windows": InstallMethod("winget", "Figma.Figma"),
            "macos": InstallMethod("brew_cask", "figma"),
        }, approval="manager", cost="€12 per month", tags=("design",)),
        app("gimp", "GIMP", "The GIMP Team", "Design", "Edit photos and images.", {
            "windows": InstallMethod("winget", "GIMP.GIMP"),
            "macos": InstallMethod("brew_cask", "gimp"),
            "linux": InstallMethod("flatpak", "org.gimp.GIMP"),
        }, tags=("photos",), replaces=("Photoshop",)),
    )
    unsanctioned = (
        Unsanctioned("Dropbox", ("Dropbox", "dropbox.exe"), "company-files",
                     "Files leave company control and are not covered by our contract."),
        Unsanctioned("WhatsApp", ("WhatsApp.exe", "whatsapp"), "slack",
                     "Customer data in private chats cannot be found or deleted on request."),
        Unsanctioned("Ghost tool", ("ghost",), "no-such-app", "Alternative was removed."),
    )
    return Catalogue("Example Corp", apps, unsanctioned, version=3)
