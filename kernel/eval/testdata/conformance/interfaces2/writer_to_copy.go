package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type src struct{ s string }

func (s *src) Read(p []byte) (int, error) {
	if s.s == "" {
		return 0, io.EOF
	}
	n := copy(p, s.s)
	s.s = s.s[n:]
	return n, nil
}

func (s *src) WriteTo(w io.Writer) (int64, error) {
	n, err := io.WriteString(w, "[WriteTo] "+strings.ToUpper(s.s)+"\n")
	s.s = ""
	return int64(n), err
}

func main() {
	var r io.Reader = &src{"copied"}
	n, err := io.Copy(os.Stdout, r)
	fmt.Println(n, err)
	_, ok := r.(io.WriterTo)
	fmt.Println(ok)
}
