// The portal's own code: listen to the checker's `report` event.
document.getElementById("checker").addEventListener("report", (e) => {
  document.getElementById("errors").textContent = String(e.detail.summary.error);
});
