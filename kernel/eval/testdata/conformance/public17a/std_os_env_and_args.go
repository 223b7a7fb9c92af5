package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	os.Setenv("GONOTES_P17_FOO", "1")
	os.Setenv("GONOTES_P17_BAR", "two words")
	fmt.Println("FOO:", os.Getenv("GONOTES_P17_FOO"))
	fmt.Println("BAR:", os.Getenv("GONOTES_P17_BAR"))
	v, ok := os.LookupEnv("GONOTES_P17_MISSING")
	fmt.Printf("%q %v\n", v, ok)
	var mine []string
	for _, e := range os.Environ() {
		if strings.HasPrefix(e, "GONOTES_P17_") {
			mine = append(mine, e)
		}
	}
	sort.Strings(mine)
	fmt.Println(mine)
	os.Unsetenv("GONOTES_P17_FOO")
	fmt.Println(os.Getenv("GONOTES_P17_FOO") == "")
	fmt.Println(os.ExpandEnv("bar=$GONOTES_P17_BAR;${GONOTES_P17_NONE}."), os.Expand("$a-$b", func(k string) string { return strings.ToUpper(k) }))
	fmt.Println(len(os.Args) > 0)
}
