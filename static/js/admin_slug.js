// Slugs typed in the admin come out as the server makes them (core.text.slugify_vi):
// "Đảng ủy phường Bắc Hồng" → "dang-uy-phuong-bac-hong", cut at a word. Django's own
// URLify drops Vietnamese letters; prepopulate.js calls this global instead.
"use strict";
window.URLify = function (text, maxLength) {
  let slug = (text || "")
    .normalize("NFC")
    .replace(/[đð]/g, "d")
    .replace(/[ĐÐ]/g, "D")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, "")
    .trim()
    .replace(/[-\s]+/g, "-");
  const limit = Math.min(maxLength || 120, 120);
  if (slug.length > limit) {
    const cut = slug.slice(0, limit + 1);
    slug = cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : slug.slice(0, limit);
  }
  return slug.replace(/^-+|-+$/g, "");
};

// Vietnamese keyboards (Telex, VNI) may finish a letter without a key coming up:
// refill the slug on every input too, as Django's prepopulate does on keyup.
window.addEventListener("DOMContentLoaded", function () {
  const config = document.getElementById("django-admin-prepopulated-fields-constants");
  if (!config || !window.django) return;
  const fields = JSON.parse(config.dataset.prepopulatedFields || "[]");
  fields.forEach(function (field) {
    field.dependency_ids.forEach(function (id) {
      const source = document.querySelector(id);
      if (source) {
        source.addEventListener("input", function () { django.jQuery(source).trigger("keyup"); });
      }
    });
  });
});
