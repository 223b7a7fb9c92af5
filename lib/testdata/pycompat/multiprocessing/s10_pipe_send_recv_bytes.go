package main

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func shout(conn *multiprocessing.Conn) {
	for {
		data, _ := conn.RecvBytes()
		if len(data) == 0 {
			break
		}
		conn.SendBytes(bytes.ToUpper(data))
	}
	conn.Close()
}

// repr shows bytes as Python does (\x escapes beyond ASCII).
func repr(b []byte) string {
	var s strings.Builder
	s.WriteString("b'")
	for _, c := range b {
		if c < 0x80 {
			s.WriteByte(c)
		} else {
			fmt.Fprintf(&s, `\x%02x`, c)
		}
	}
	return s.String() + "'"
}

func main() {
	multiprocessing.Main(shout)
	parent, child := multiprocessing.Pipe()
	p := &multiprocessing.Process{Target: shout, Args: []any{child}}
	p.Start()
	for _, word := range [][]byte{[]byte("hello"), []byte("bytes"), []byte("한글")} {
		parent.SendBytes(word)
		got, _ := parent.RecvBytes()
		fmt.Println(repr(got))
	}
	parent.SendBytes([]byte{})
	p.Join()
	child.Close()
	if _, err := parent.RecvBytes(); err != nil {
		fmt.Println("EOFError", p.ExitCode())
	}
}
