package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Count   uint32
}

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('✓')
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, _ := buf.Read(p)
	fmt.Println(n, string(p), buf.String())
	b, _ := buf.ReadByte()
	buf.UnreadByte()
	word, err := buf.ReadString('!')
	fmt.Printf("%c %q %v %q\n", b, word, err, buf.String())
	r, size, _ := buf.ReadRune()
	fmt.Println(string(r), size, buf.Len())
	_, err = buf.ReadByte()
	fmt.Println(err == io.EOF)

	var src bytes.Buffer
	nn, _ := src.ReadFrom(strings.NewReader("streamed content"))
	var dst strings.Builder
	wn, _ := src.WriteTo(&dst)
	fmt.Println(nn, wn, dst.String(), src.Len())

	bb := bytes.NewBufferString("line1\nline2\nline3")
	for {
		line, err := bb.ReadBytes('\n')
		fmt.Printf("%q ", line)
		if err != nil {
			break
		}
	}
	fmt.Println()

	var bin bytes.Buffer
	h := Header{[4]byte{'G', 'O', 'N', 'B'}, 3, 1 << 20}
	binary.Write(&bin, binary.BigEndian, h)
	fmt.Printf("% x\n", bin.Bytes())
	var back Header
	binary.Read(bytes.NewReader(bin.Bytes()), binary.BigEndian, &back)
	fmt.Printf("%s %d %d %v\n", back.Magic[:], back.Version, back.Count, back == h)
	le := binary.LittleEndian.AppendUint32(nil, 0xdeadbeef)
	fmt.Printf("% x %#x\n", le, binary.LittleEndian.Uint32(le))
	vb := binary.AppendUvarint(nil, 300)
	v, k := binary.Uvarint(vb)
	fmt.Println(vb, v, k)

	buf.Reset()
	buf.Grow(64)
	fmt.Fprintf(&buf, "%05d|%x", 42, "hi")
	buf.Truncate(5)
	fmt.Println(buf.String(), buf.Cap() >= 64)
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")), bytes.HasPrefix([]byte("golang"), []byte("go")))
	fields := bytes.Fields([]byte(" x  y z "))
	fmt.Println(len(fields), string(bytes.Join(fields, []byte("+"))), string(bytes.ToUpper([]byte("up"))))
}
