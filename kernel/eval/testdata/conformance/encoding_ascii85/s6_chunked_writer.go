package main

import (
	"bytes"
	"encoding/ascii85"
	"fmt"
	"io"
	"strings"
)

type chunker struct {
	w    io.Writer
	size int
}

func (c chunker) Write(p []byte) (int, error) {
	for i := 0; i < len(p); i += c.size {
		end := min(i+c.size, len(p))
		if _, err := c.w.Write(p[i:end]); err != nil {
			return i, err
		}
	}
	return len(p), nil
}

func main() {
	var out bytes.Buffer
	enc := ascii85.NewEncoder(&out)
	io.Copy(chunker{enc, 3}, strings.NewReader("chunked input that spans several groups"))
	enc.Close()
	fmt.Println(out.String())
	dec, err := io.ReadAll(ascii85.NewDecoder(strings.NewReader(out.String())))
	fmt.Println(string(dec), err)
	_, err = io.ReadAll(ascii85.NewDecoder(strings.NewReader("abc~")))
	fmt.Println(err)
}
