package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	os.Setenv("GONOTES_FOO", "1")
	fmt.Println("FOO:", os.Getenv("GONOTES_FOO"))
	fmt.Println("BAR:", os.Getenv("GONOTES_BAR_UNSET"))
	v, ok := os.LookupEnv("GONOTES_BAR_UNSET")
	fmt.Printf("%q %v\n", v, ok)
	found := false
	for _, e := range os.Environ() {
		pair := strings.SplitN(e, "=", 2)
		if pair[0] == "GONOTES_FOO" {
			found = true
			fmt.Println("environ has", pair[0], "=", pair[1])
		}
	}
	fmt.Println(found)
	os.Unsetenv("GONOTES_FOO")
	_, ok = os.LookupEnv("GONOTES_FOO")
	fmt.Println(ok)
	os.Setenv("GN_NAME", "world")
	fmt.Println(os.ExpandEnv("hello $GN_NAME and ${GN_NAME}!"))
	fmt.Println(os.Expand("$a-$b", func(k string) string { return strings.ToUpper(k) }))
}
