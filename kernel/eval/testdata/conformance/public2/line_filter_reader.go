package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	input := "hello world\nfilter these lines\n\nlast one"
	scanner := bufio.NewScanner(strings.NewReader(input))
	n := 0
	for scanner.Scan() {
		ucl := strings.ToUpper(scanner.Text())
		n++
		fmt.Printf("%d: %s\n", n, ucl)
	}
	if err := scanner.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	words := bufio.NewScanner(strings.NewReader(input))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
	}
	fmt.Println("words:", count)
	r := bufio.NewReader(strings.NewReader("a,b,c"))
	for {
		tok, err := r.ReadString(',')
		fmt.Printf("%q %v\n", tok, err)
		if err != nil {
			break
		}
	}
}
