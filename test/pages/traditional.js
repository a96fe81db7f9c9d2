// 繁體 fixture (test/pages/traditional.html): content the page adds and changes by itself, on demand of the test.
window.pageAdds = function (text) {
  const li = document.createElement('li');
  li.textContent = text;
  li.title = text;
  document.getElementById('later').appendChild(li);
  return li;
};
