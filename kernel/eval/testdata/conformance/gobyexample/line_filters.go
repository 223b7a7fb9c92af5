package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	input := "hello\nfilter\nlines\n\nlast line without newline"
	scanner := bufio.NewScanner(strings.NewReader(input))
	n := 0
	for scanner.Scan() {
		ucl := strings.ToUpper(scanner.Text())
		n++
		fmt.Println(n, ucl)
	}
	if err := scanner.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	words := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
	}
	fmt.Println("words:", count)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintln(w, "buffered line")
}
