package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	os.Setenv("FOO_P11A", "1")
	fmt.Println("FOO:", os.Getenv("FOO_P11A"))
	fmt.Println("BAR:", os.Getenv("BAR_P11A_UNSET"))
	v, ok := os.LookupEnv("BAR_P11A_UNSET")
	fmt.Printf("%q %v\n", v, ok)
	found := false
	for _, e := range os.Environ() {
		pair := strings.SplitN(e, "=", 2)
		if pair[0] == "FOO_P11A" {
			found = true
			fmt.Println("environ has", pair[0], "=", pair[1])
		}
	}
	fmt.Println(found)
	os.Unsetenv("FOO_P11A")
	_, ok = os.LookupEnv("FOO_P11A")
	fmt.Println("after unset:", ok)
	os.Setenv("NAME_P11A", "gopher")
	fmt.Println(os.ExpandEnv("hi $NAME_P11A and ${NAME_P11A}!"), os.Expand("$x-$y", func(k string) string { return strings.ToUpper(k) }))
}
