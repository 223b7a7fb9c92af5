package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"strconv"
)

func main() {
	// ExampleBuffer
	{
		var b bytes.Buffer // A Buffer needs no initialization.
		b.Write([]byte("Hello "))
		fmt.Fprintf(&b, "world!")
		b.WriteTo(os.Stdout)
	}

	// ExampleBuffer_reader
	{
		// A Buffer can turn a string or a []byte into an io.Reader.
		buf := bytes.NewBufferString("R29waGVycyBydWxlIQ==")
		dec := base64.NewDecoder(base64.StdEncoding, buf)
		io.Copy(os.Stdout, dec)
	}

	// ExampleBuffer_Bytes
	{
		buf := bytes.Buffer{}
		buf.Write([]byte{'h', 'e', 'l', 'l', 'o', ' ', 'w', 'o', 'r', 'l', 'd'})
		fmt.Printf("%s", buf.Bytes())
	}

	// ExampleBuffer_AvailableBuffer
	{
		var buf bytes.Buffer
		for i := 0; i < 4; i++ {
			b := buf.AvailableBuffer()
			b = strconv.AppendInt(b, int64(i), 10)
			b = append(b, ' ')
			buf.Write(b)
		}
		fmt.Printf("%s", buf.Bytes())
	}

	// ExampleBuffer_Cap
	{
		buf1 := bytes.NewBuffer(make([]byte, 10))
		buf2 := bytes.NewBuffer(make([]byte, 0, 10))
		fmt.Println(buf1.Cap())
		fmt.Println(buf2.Cap())
	}

	// ExampleBuffer_Grow
	{
		var b bytes.Buffer
		b.Grow(64)
		bb := b.Bytes()
		b.Write([]byte("64 bytes or fewer"))
		fmt.Printf("%q", bb[:b.Len()])
	}
}
