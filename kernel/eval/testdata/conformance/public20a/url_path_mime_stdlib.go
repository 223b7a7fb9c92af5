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
	u, err := url.Parse("https://user:p%40ss@example.com:8443/a/b%20c/../d?q=go+lang&x=1&x=2#frag")
	fmt.Println(err)
	fmt.Println(u.Scheme, u.User.Username(), u.Host, u.Hostname(), u.Port(), u.Path, u.RawQuery, u.Fragment)
	pw, ok := u.User.Password()
	fmt.Println(pw, ok, u.EscapedPath(), u.RequestURI())
	q := u.Query()
	fmt.Println(q.Get("q"), q["x"], q.Has("y"), q.Encode())
	q.Set("new", "a b&c")
	q.Add("x", "3")
	q.Del("q")
	u.RawQuery = q.Encode()
	fmt.Println(u.String())
	ref, _ := url.Parse("../other?z=9")
	fmt.Println(u.ResolveReference(ref))
	fmt.Println(url.QueryEscape("a b/c?d"), url.PathEscape("a b/c?d"))
	s, err := url.QueryUnescape("a%20b+c%2")
	fmt.Println(s, err)
	_, err = url.Parse("http://[::1]:namedport")
	fmt.Println(err)
	v := url.Values{}
	v.Add("b", "2")
	v.Add("a", "1")
	v.Add("a", "0")
	fmt.Println(v.Encode())
	pq, _ := url.ParseQuery("k=v1&k=v2&empty=&flag")
	fmt.Println(pq, len(pq))
	rel := &url.URL{Path: "x y", RawQuery: "a=1"}
	fmt.Println(rel.String(), rel.IsAbs())
	fmt.Println(u.JoinPath("sub", "../leaf").String())

	fmt.Println(path.Join("a", "b/../c", "/d"), path.Clean("/../a//b/./c/.."), path.Base("/x/y.tar.gz"), path.Ext("/x/y.tar.gz"), path.Dir("/x/y"))
	dir, file := path.Split("a/b/c.txt")
	fmt.Println(path.IsAbs("/a"), dir, file)
	m, err := path.Match("*.go", "main.go")
	fmt.Println(m, err)
	m, err = path.Match("a/[b-d]?/*", "a/cx/file")
	fmt.Println(m, err)
	_, err = path.Match("[", "x")
	fmt.Println(err)
	fmt.Println(filepath.Join("dir", "sub", "..", "f.txt"), filepath.ToSlash("a/b"), filepath.Ext("noext"), filepath.Base(""))
	r, err := filepath.Rel("/a/b", "/a/c/d")
	fmt.Println(r, err)
	parts := filepath.SplitList("/bin:/usr/bin")
	fmt.Println(parts, len(parts))
	fmt.Println(strings.TrimSuffix("report.final.pdf", filepath.Ext("report.final.pdf")))
	fmt.Println(mime.TypeByExtension(".json"), mime.TypeByExtension(".html") != "", mime.TypeByExtension(".unknownext"))
	mt, params, err := mime.ParseMediaType(`text/html; charset="utf-8"; q=0.9`)
	fmt.Println(mt, params, err)
	fmt.Println(mime.FormatMediaType("multipart/form-data", map[string]string{"boundary": "xyz", "a": "b c"}))
	_, _, err = mime.ParseMediaType("bad/;;")
	fmt.Println(err)
	fmt.Println(mime.QEncoding.Encode("utf-8", "¡Hola!"), mime.BEncoding.Encode("utf-8", "héllo"))
	dec := new(mime.WordDecoder)
	ds, err := dec.DecodeHeader("=?utf-8?q?caf=C3=A9?= time")
	fmt.Println(ds, err)
}
