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
	Scale   float32
}

type Record struct {
	ID    uint32
	Value int16
	_     [2]byte
	Temp  float64
}

func main() {
	var buf bytes.Buffer
	h := Header{Magic: [4]byte{'G', 'O', 'N', 'B'}, Version: 2, Flags: 0x8001, Count: 3, Scale: 1.5}
	if err := binary.Write(&buf, binary.LittleEndian, h); err != nil {
		fmt.Println(err)
	}
	recs := []Record{{1, -5, [2]byte{}, 20.5}, {2, 300, [2]byte{}, -1.25}, {3, 0, [2]byte{}, 0}}
	binary.Write(&buf, binary.LittleEndian, recs)
	fmt.Println(buf.Len(), binary.Size(h), binary.Size(recs))
	fmt.Printf("% x\n", buf.Bytes()[:16])

	var h2 Header
	r := bytes.NewReader(buf.Bytes())
	binary.Read(r, binary.LittleEndian, &h2)
	got := make([]Record, h2.Count)
	binary.Read(r, binary.LittleEndian, got)
	fmt.Printf("%s %+v %+v\n", h2.Magic[:], h2, got)
	var extra uint8
	fmt.Println(binary.Read(r, binary.LittleEndian, &extra) == io.EOF)

	b := make([]byte, 8)
	binary.BigEndian.PutUint32(b, 0xdeadbeef)
	binary.LittleEndian.PutUint16(b[4:], 0x1234)
	fmt.Printf("% x %x %x\n", b, binary.BigEndian.Uint16(b[4:]), binary.LittleEndian.Uint32(b))
	b2 := binary.BigEndian.AppendUint64(nil, 1<<40+5)
	b2 = binary.AppendUvarint(b2, 300)
	b2 = binary.AppendVarint(b2, -129)
	fmt.Printf("% x\n", b2)
	u, n := binary.Uvarint(b2[8:])
	v, m := binary.Varint(b2[8+n:])
	fmt.Println(u, n, v, m)
	vb := make([]byte, binary.MaxVarintLen64)
	for _, x := range []int64{0, 1, -1, 63, -64, 64, 1 << 20} {
		k := binary.PutVarint(vb, x)
		fmt.Printf("%d:% x ", x, vb[:k])
	}
	fmt.Println()
	enc, err := binary.Append(nil, binary.BigEndian, struct {
		A uint8
		B [2]int16
	}{7, [2]int16{-1, 2}})
	fmt.Printf("% x %v\n", enc, err)
	var dec struct {
		A uint8
		B [2]int16
	}
	n2, err := binary.Decode(enc, binary.BigEndian, &dec)
	fmt.Println(n2, err, dec)
	fmt.Println(binary.Write(&buf, binary.LittleEndian, map[int]int{}))
}
