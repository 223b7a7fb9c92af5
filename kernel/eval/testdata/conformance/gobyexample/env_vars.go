package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	os.Setenv("GBE_FOO", "1")
	fmt.Println("FOO:", os.Getenv("GBE_FOO"))
	fmt.Println("BAR:", os.Getenv("GBE_BAR_UNSET"))
	v, ok := os.LookupEnv("GBE_BAR_UNSET")
	fmt.Printf("%q %v\n", v, ok)
	found := false
	for _, e := range os.Environ() {
		pair := strings.SplitN(e, "=", 2)
		if pair[0] == "GBE_FOO" {
			found = true
			fmt.Println(pair)
		}
	}
	fmt.Println(found)
	os.Unsetenv("GBE_FOO")
	_, ok = os.LookupEnv("GBE_FOO")
	fmt.Println(ok)
	fmt.Println(os.ExpandEnv("x=${GBE_NONE}y"), os.Expand("$A-$B", func(k string) string { return strings.ToLower(k) }))
}
