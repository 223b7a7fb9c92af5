package main

import (
	"bytes"
	"encoding/ascii85"
	"fmt"
	"io"
)

func main() {
	src := []byte("Man is distinguished, not only by his reason")
	dst := make([]byte, ascii85.MaxEncodedLen(len(src)))
	n := ascii85.Encode(dst, src)
	fmt.Println(n, string(dst[:n]))
	dec := make([]byte, len(src)+4)
	nd, ns, err := ascii85.Decode(dec, dst[:n], true)
	fmt.Println(nd, ns, err, string(dec[:nd]))
	z := make([]byte, 10)
	n = ascii85.Encode(z, []byte{0, 0, 0, 0, 1})
	fmt.Printf("%q\n", z[:n])
	_, _, err = ascii85.Decode(dec, []byte("ab~cd"), true)
	fmt.Println(err)
	var buf bytes.Buffer
	w := ascii85.NewEncoder(&buf)
	w.Write([]byte("stream"))
	w.Write([]byte("ed data"))
	w.Close()
	fmt.Println(buf.String())
	out, err := io.ReadAll(ascii85.NewDecoder(&buf))
	fmt.Println(string(out), err)
}
