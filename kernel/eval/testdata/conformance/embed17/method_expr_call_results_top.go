// Results of calls of method expressions of promoted compiled methods in
// := and = at the top level of main.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

type Acc struct {
	Owner string
	sync.Mutex
	strings.Builder
	N int
}

type Log struct {
	*bytes.Buffer
}

func main() {
	a := &Acc{Owner: "kim"}
	write := (*Acc).WriteString
	n, err := write(a, "hello")
	fmt.Println(n, err)
	n, err = write(a, "!")
	fmt.Println(n, err, a.String())
	k, e := (*Acc).WriteString(a, "?")
	fmt.Println(k, e, a.Len())
	l := Log{Buffer: new(bytes.Buffer)}
	wr := Log.Write
	c, err := wr(l, []byte("xy"))
	fmt.Println(c, err, l.String())
	rs := Log.ReadString
	line, err := rs(l, 'x')
	fmt.Printf("%q %v\n", line, err)
}
