package main

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"fmt"
	"hash/adler32"
	"io"
	"strings"
)

func main() {
	text := strings.Repeat("to be or not to be, ", 40)
	var fb bytes.Buffer
	fw, _ := flate.NewWriter(&fb, flate.BestSpeed)
	fw.Write([]byte(text))
	fw.Close()
	out, err := io.ReadAll(flate.NewReader(&fb))
	fmt.Println(len(out), err, string(out) == text)
	var zb bytes.Buffer
	zw := zlib.NewWriter(&zb)
	io.WriteString(zw, text)
	zw.Close()
	raw := zb.Bytes()
	fmt.Printf("%x %d\n", raw[:2], adler32.Checksum([]byte(text)))
	zr, err := zlib.NewReader(bytes.NewReader(raw))
	fmt.Println(err)
	out, err = io.ReadAll(zr)
	fmt.Println(len(out), err)
	_, err = zlib.NewReader(strings.NewReader("xx"))
	fmt.Println(err)
	raw[len(raw)-1] ^= 0xff
	zr, _ = zlib.NewReader(bytes.NewReader(raw))
	_, err = io.ReadAll(zr)
	fmt.Println(err)
}
