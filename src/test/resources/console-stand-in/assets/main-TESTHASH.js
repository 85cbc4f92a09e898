document.getElementById("app").textContent = "stand-in";
