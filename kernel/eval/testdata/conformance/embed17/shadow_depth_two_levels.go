// Depth rules: a method promoted at depth 1 wins over one at depth 2; two
// at the same depth are ambiguous only when used.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

type Inner struct {
	strings.Builder
}

type Outer struct {
	Inner
	*bytes.Buffer
	Tag string
}

type Named struct {
	Inner
	N int
}

func (n Named) String() string { return fmt.Sprintf("Named(%d)", n.N) }

func main() {
	o := Outer{Buffer: new(bytes.Buffer)}
	o.Inner.WriteString("in")
	o.Buffer.WriteString("buf")
	// WriteString is at depth 1 via Buffer and depth 2 via Inner.Builder.
	o.WriteString("+")
	fmt.Println(o.Inner.String(), o.Buffer.String())
	fmt.Println(o.Len())
	n := Named{N: 3}
	n.WriteString("x")
	fmt.Println(n, n.Inner.String())
}
