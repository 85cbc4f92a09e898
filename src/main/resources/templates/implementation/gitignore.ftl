target/
.idea/
*.iml
.vscode/
