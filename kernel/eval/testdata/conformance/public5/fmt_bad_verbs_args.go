package main

import (
	"fmt"
	"os"
)

type T struct {
	A int
	B string
}

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("%d\n", T{1, "x"})
	fmt.Printf("%s\n", T{1, "x"})
	fmt.Printf("%t\n", 1)
	fmt.Printf("%.2f\n", "str")
	fmt.Printf("%x\n", 3.5)
	fmt.Printf("%c\n", "c")
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%-+ #0d|\n", 5)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", []any{1, "a"})
	fmt.Printf("%s\n", []any{1, "a"})
	fmt.Printf("%v %v\n", []string{"x"})
	var ip *int
	fmt.Printf("%d %v\n", ip, ip)
	fmt.Printf("%")
	fmt.Println()
	s := fmt.Sprintf("%d-%s", 7)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, true))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("1", "2"), fmt.Sprintln("x", 1))
	fmt.Fprintf(os.Stdout, "%v|%6v|%-6v|\n", T{}, true, nil)
	err := fmt.Errorf("code %d: %s", "x", 5)
	fmt.Println(err)
}
