package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
)

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
	Length  int64
}

func main() {
	var buf bytes.Buffer
	h := Header{0xCAFEBABE, 2, 0x8001, -5}
	if err := binary.Write(&buf, binary.BigEndian, h); err != nil {
		panic(err)
	}
	fmt.Printf("% x\n", buf.Bytes())
	var back Header
	binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &back)
	fmt.Printf("%+v %x\n", back, back.Magic)
	b := make([]byte, 8)
	binary.LittleEndian.PutUint32(b, 0x01020304)
	fmt.Println(b, binary.BigEndian.Uint16([]byte{1, 2}))
	vb := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(vb)
	fmt.Println(vb, v, n)
	fmt.Println(crc32.ChecksumIEEE([]byte("hello")))
	var bb bytes.Buffer
	bb.WriteString("hello ")
	bb.WriteByte('w')
	bb.WriteRune('ö')
	bb.Write([]byte("rld"))
	fmt.Println(bb.String(), bb.Len())
	word, _ := bb.ReadString(' ')
	fmt.Printf("%q %q\n", word, bb.String())
	c, _ := bb.ReadByte()
	bb.UnreadByte()
	r, size, _ := bb.ReadRune()
	fmt.Println(string(c), string(r), size)
	rest, _ := io.ReadAll(&bb)
	fmt.Println(string(rest))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")), bytes.Fields([]byte(" x y ")))
	fmt.Println(bytes.ContainsAny([]byte("hello"), "xyzl"), string(bytes.Title([]byte("go"))), string(bytes.TrimLeft([]byte("xxhi"), "x")))
}
