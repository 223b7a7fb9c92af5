package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	r := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r.Replace("aaaa"))
	r2 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("", "X")
	fmt.Println(r3.Replace("oiio"))
	r4 := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	n, err := r4.WriteString(os.Stdout, `<a href="x">&</a>`+"\n")
	fmt.Println(n, err)
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("oink oink oink", "", "-"))
}
