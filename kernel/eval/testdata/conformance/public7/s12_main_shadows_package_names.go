package main

import (
	"fmt"
	"net/url"
	"path"
	"sort"
	"strings"
)

func clean(p string) string { return path.Clean(p) }

func main() {
	// Public code often names a variable after a package once it is done
	// with the package: the uses before the declaration are the package's.
	u, err := url.Parse("https://example.com/a/b/../c?q=go")
	fmt.Println(u.Host, err, path.Join("x", "y"), clean("/a/./b"))
	words := strings.Fields("pear apple fig")
	sort.Strings(words)
	fmt.Println(strings.Join(words, ","))
	url := u.String()
	path := clean(u.Path)
	sort := "asc"
	strings := []string{url, path, sort}
	fmt.Println(len(strings), strings[1], strings[2])
}
