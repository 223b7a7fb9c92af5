package main

import (
	"fmt"
	"mime"
	"path"
	"strings"
)

func main() {
	for _, p := range []string{"a/b/c.txt", "/x/../y/./z", "", "noext", "dir/"} {
		fmt.Printf("%q base=%q dir=%q ext=%q clean=%q abs=%v\n", p, path.Base(p), path.Dir(p), path.Ext(p), path.Clean(p), path.IsAbs(p))
	}
	ok, err := path.Match("a/*/c?", "a/bb/cd")
	fmt.Println(ok, err)
	fmt.Println(mime.TypeByExtension(".json"), mime.TypeByExtension(".html"))
	mt, params, err := mime.ParseMediaType("text/html; charset=UTF-8; q=0.9")
	fmt.Println(mt, params["charset"], params["q"], err)
	fmt.Println(mime.FormatMediaType("attachment", map[string]string{"filename": "r s.txt"}))
	dir, file := path.Split("static/css/site.css")
	fmt.Println(dir, file, strings.TrimSuffix(file, path.Ext(file)))
}
