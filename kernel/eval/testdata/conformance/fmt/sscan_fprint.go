package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	var name string
	var age int
	n, err := fmt.Sscanf("ann 31", "%s %d", &name, &age)
	fmt.Println(n, err, name, age)
	var a, b int
	fmt.Sscan("3 4", &a, &b)
	fmt.Println(a + b)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%d", 1, 2)
	fmt.Fprintln(os.Stdout, sb.String())
	fmt.Fprintln(os.Stderr, "to stderr")
	err = fmt.Errorf("code %d", 5)
	fmt.Println(err)
	fmt.Println(fmt.Append([]byte("x:"), 1, "y"), string(fmt.Appendf(nil, "%03d", 7)))
}
