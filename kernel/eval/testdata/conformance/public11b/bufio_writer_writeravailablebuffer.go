package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	// ExampleWriter
	{
		w := bufio.NewWriter(os.Stdout)
		fmt.Fprint(w, "Hello, ")
		fmt.Fprint(w, "world!")
		w.Flush() // Don't forget to flush!
	}

	// ExampleWriter_AvailableBuffer
	{
		w := bufio.NewWriter(os.Stdout)
		for _, i := range []int64{1, 2, 3, 4} {
			b := w.AvailableBuffer()
			b = strconv.AppendInt(b, i, 10)
			b = append(b, ' ')
			w.Write(b)
		}
		w.Flush()
	}
}
