package main

import (
	"fmt"
	"os"
)

// Writes on os.Stdout and os.Stderr themselves, between fmt's: the text
// keeps its order.
func report(n int) (int, error) {
	os.Stdout.WriteString("report:\n")
	return os.Stdout.Write([]byte(fmt.Sprintf("  n=%d\n", n)))
}

func main() {
	fmt.Println("a")
	os.Stdout.WriteString("hi\n")
	os.Stdout.Write([]byte("w\n"))
	fmt.Fprintln(os.Stdout, "b")
	fmt.Println(report(3))
	write := os.Stdout.WriteString
	write("method value\n")
	os.Stderr.WriteString("to stderr\n")
	fmt.Println("end")
}
