package main

import (
	"fmt"
	"path"
	"strings"
)

type Route struct {
	Pattern string
	Name    string
}

type Router []Route

func (r Router) Match(p string) (string, bool) {
	clean := path.Clean("/" + p)
	for _, rt := range r {
		if ok, _ := path.Match(rt.Pattern, clean); ok {
			return rt.Name, true
		}
	}
	return "", false
}

func main() {
	r := Router{{"/static/*.css", "css"}, {"/api/v[12]/*", "api"}, {"/users/?", "user-short"}, {"/*/edit", "edit"}}
	for _, p := range []string{"static/site.css", "/api/v1/items", "/api/v3/items", "/users/a", "/../../etc/edit", "/a/b/../edit", "/x/y/edit"} {
		name, ok := r.Match(p)
		fmt.Printf("%-18s %-10s %v\n", p, name, ok)
	}
	_, err := path.Match("[", "x")
	fmt.Println(err)
	fmt.Println(path.Join("a", "", "/b", "../c/"), path.Join(), path.Base("/a/b/"), path.Base(""), path.Dir("/a/b/c.txt"), path.Dir("c"))
	fmt.Println(path.Ext("archive.tar.gz"), path.IsAbs("/x"), path.IsAbs("x"))
	dir, file := path.Split("static/img/logo.png")
	fmt.Println(dir, file, strings.TrimSuffix(file, path.Ext(file)))
	fmt.Println(path.Clean(""), path.Clean("//a//b/./../c/."), path.Clean("../../x"))
}
