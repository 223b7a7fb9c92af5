package main

import (
	"bytes"
	"fmt"
)

func main() {
	for part := range bytes.SplitSeq([]byte("x|y|z"), []byte("|")) {
		fmt.Printf("%s ", part)
	}
	fmt.Println()
	for l := range bytes.Lines([]byte("1\n2\n")) {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	buf := bytes.NewBufferString("peekaboo")
	b, err := buf.Peek(4)
	fmt.Printf("%s %v %d\n", b, err, buf.Len())
	_, err = buf.Peek(100)
	fmt.Println(err)
	ab := buf.AvailableBuffer()
	fmt.Println(len(ab))
}
