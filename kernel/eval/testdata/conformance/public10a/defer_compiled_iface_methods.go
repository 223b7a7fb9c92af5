package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type tracked struct {
	io.Writer
	log *[]string
}

func (t tracked) Close() error {
	*t.log = append(*t.log, "close")
	return nil
}

func run(w io.Writer, log *[]string) {
	var c io.Closer = tracked{w, log}
	defer c.Close()
	defer w.Write([]byte(" (deferred)"))
	fmt.Fprint(w, "body")
	*log = append(*log, "body done")
}

func main() {
	var buf bytes.Buffer
	var log []string
	run(&buf, &log)
	fmt.Println(buf.String(), log)
	var sb strings.Builder
	var wc io.Writer = &sb
	ws := wc.(io.StringWriter).WriteString
	for _, s := range []string{"a", "b"} {
		defer ws(s)
	}
	defer func() { fmt.Println("builder:", sb.String()) }()
}
