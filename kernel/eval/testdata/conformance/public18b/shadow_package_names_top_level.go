package main

import (
	"fmt"
	"path"
	"sort"
	"strings"
)

func up(s string) string   { return strings.ToUpper(s) }
func base(p string) string { return path.Base(p) }

func main() {
	strings := []string{"b", "a"}
	sort.Strings(strings)
	fmt.Println(strings, up("x"))
	path := "/a/b/c"
	fmt.Println(path, base(path))
	len := func(x []string) int { return 42 }
	fmt.Println(len(strings))
	{
		fmt := "shadow"
		_ = fmt
	}
	fmt.Println("ok")
}
