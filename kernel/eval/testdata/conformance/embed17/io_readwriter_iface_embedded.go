// io.ReadWriter embedded beside a field: promoted methods from an
// interface field, io.Copy through promotion.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type Conn struct {
	io.ReadWriter
	ID int
}

func main() {
	var buf bytes.Buffer
	c := Conn{ReadWriter: &buf, ID: 1}
	n, err := io.Copy(c, strings.NewReader("payload"))
	fmt.Println(n, err, buf.String())
	out := make([]byte, 3)
	k, _ := c.Read(out)
	fmt.Println(k, string(out), c.ID)
	var w io.Writer = c
	fmt.Fprint(w, "+more")
	fmt.Println(buf.String())
}
