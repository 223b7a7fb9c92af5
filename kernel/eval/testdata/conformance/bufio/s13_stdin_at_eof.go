package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
)

// A program that reads its input gets to the end of it at once when there
// is none: a word counter prints zero counts, fmt.Scan reports io.EOF.
func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	words := 0
	for sc.Scan() {
		words++
	}
	fmt.Println("words:", words, "err:", sc.Err())

	var n int
	k, err := fmt.Scan(&n)
	fmt.Println("scanned", k, "values:", err, errors.Is(err, io.EOF))

	r := bufio.NewReader(os.Stdin)
	line, err := r.ReadString('\n')
	fmt.Printf("line %q, at end: %v\n", line, err == io.EOF)

	all, err := io.ReadAll(os.Stdin)
	fmt.Println(len(all), err)
}
