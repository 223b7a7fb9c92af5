package main

import (
	"fmt"
	"mime"
	"net/url"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	for _, p := range []string{"a/b/../c/./d", "/../x", "", "a//b/", "/"} {
		fmt.Printf("%q -> %q\n", p, path.Clean(p))
	}
	fmt.Println(path.Join("a", "b/c", "../d"), path.Base("/x/y.tar.gz"), path.Ext("/x/y.tar.gz"), path.Dir("/x/y"), path.IsAbs("x"))
	dir, file := path.Split("static/css/site.css")
	fmt.Println(dir, file)
	m, err := path.Match("*.go", "main.go")
	fmt.Println(m, err)
	_, err = path.Match("[", "x")
	fmt.Println(err)
	fmt.Println(filepath.Join("dir", "sub", "..", "f.txt"), filepath.Ext("a.b.c"), filepath.ToSlash("a/b"))
	rel, err := filepath.Rel("/a/b", "/a/c/d")
	fmt.Println(rel, err)
	fmt.Println(filepath.SplitList("/bin:/usr/bin"), filepath.VolumeName("/x"))
	ok, _ := filepath.Match("data_??.csv", "data_01.csv")
	fmt.Println(ok, strings.TrimSuffix("report.pdf", filepath.Ext("report.pdf")))
	u, err := url.Parse("https://user:pa%20ss@example.com:8443/path/to%2Fx?q=go+lang&q=2&empty=#frag")
	fmt.Println(err)
	fmt.Println(u.Scheme, u.Host, u.Hostname(), u.Port(), u.Path, u.RawPath, u.EscapedPath(), u.RawQuery, u.Fragment)
	pw, set := u.User.Password()
	fmt.Println(u.User.Username(), pw, set, u.User)
	q := u.Query()
	fmt.Println(q["q"], q.Get("q"), q.Get("missing"), q.Has("empty"), q.Encode())
	v := url.Values{}
	v.Set("b", "2 & 3")
	v.Add("a", "x")
	v.Add("a", "y")
	fmt.Println(v.Encode())
	fmt.Println(url.QueryEscape("a b/c?"), url.PathEscape("a b/c?"))
	s, err := url.QueryUnescape("a%20b+c")
	fmt.Println(s, err)
	_, err = url.QueryUnescape("%zz")
	fmt.Println(err)
	base, _ := url.Parse("http://example.com/a/b/c")
	ref, _ := url.Parse("../d?x=1")
	fmt.Println(base.ResolveReference(ref))
	fmt.Println(u.String())
	_, err = url.Parse("http://[::1")
	fmt.Println(err)
	u2 := &url.URL{Scheme: "http", Host: "h.com", Path: "/a b", RawQuery: "x=1"}
	fmt.Println(u2, u2.RequestURI(), u2.JoinPath("c", "d"))
	fmt.Println(mime.TypeByExtension(".json"), mime.TypeByExtension(".html"))
	mt, params, err := mime.ParseMediaType("text/html; charset=UTF-8; q=0.9")
	fmt.Println(mt, params, err)
	fmt.Println(mime.FormatMediaType("text/plain", map[string]string{"charset": "utf-8", "b": "x y"}))
}
