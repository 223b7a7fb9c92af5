package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Count   int32
	Ratio   float32
}

func main() {
	var buf bytes.Buffer
	h := Header{[4]byte{'G', 'N', 'T', 'S'}, 3, 0x8001, -2, 0.5}
	if err := binary.Write(&buf, binary.BigEndian, h); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("% x\n", buf.Bytes())
	fmt.Println(binary.Size(h))
	var back Header
	err := binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &back)
	fmt.Printf("%+v %v %s\n", back, err, back.Magic[:])
	err = binary.Read(bytes.NewReader(buf.Bytes()[:5]), binary.BigEndian, &back)
	fmt.Println(err, err == io.ErrUnexpectedEOF)
	b := make([]byte, 0, 32)
	for _, v := range []int64{0, 1, -1, 63, -64, 64, 300, -1 << 40} {
		b = binary.AppendVarint(b, v)
	}
	fmt.Printf("%d % x\n", len(b), b)
	for len(b) > 0 {
		v, n := binary.Varint(b)
		fmt.Print(v, ":", n, " ")
		b = b[n:]
	}
	fmt.Println()
	u := binary.LittleEndian.AppendUint32(nil, 0xdeadbeef)
	u = binary.BigEndian.AppendUint16(u, 0x0102)
	fmt.Printf("% x %#x %d\n", u, binary.LittleEndian.Uint32(u), binary.BigEndian.Uint16(u[4:]))
	ub := binary.AppendUvarint(nil, 1<<63)
	x, n := binary.Uvarint(ub)
	fmt.Println(x, n, len(ub))
}
