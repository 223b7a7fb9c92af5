package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
)

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint8
	_       uint8
	Size    int64
	Ratio   float32
}

func main() {
	buf := new(bytes.Buffer)
	err := binary.Write(buf, binary.LittleEndian, math.Pi)
	fmt.Printf("% x %v\n", buf.Bytes(), err)
	var pi float64
	binary.Read(bytes.NewReader(buf.Bytes()), binary.LittleEndian, &pi)
	fmt.Println(pi)
	h := Header{Magic: 0xCAFEBABE, Version: 2, Flags: 5, Size: -1, Ratio: 0.5}
	var out bytes.Buffer
	binary.Write(&out, binary.BigEndian, h)
	fmt.Printf("% x\n", out.Bytes())
	fmt.Println(binary.Size(h))
	var back Header
	err = binary.Read(&out, binary.BigEndian, &back)
	fmt.Printf("%+v %v\n", back, err)
	b := make([]byte, 8)
	binary.BigEndian.PutUint32(b, 0x01020304)
	binary.LittleEndian.PutUint16(b[4:], 0x0506)
	fmt.Println(b, binary.BigEndian.Uint16(b[2:]), binary.LittleEndian.Uint32(b))
	fmt.Println(binary.BigEndian.AppendUint64(nil, 1), binary.LittleEndian.String(), binary.BigEndian)
	vb := binary.AppendUvarint(nil, 300)
	vs := binary.AppendVarint(nil, -3)
	fmt.Println(vb, vs)
	u, n := binary.Uvarint(vb)
	s, m := binary.Varint(vs)
	fmt.Println(u, n, s, m)
	p := make([]byte, binary.MaxVarintLen64)
	k := binary.PutUvarint(p, 1<<40)
	fmt.Println(p[:k])
	nums := []int16{1, -2, 3}
	var nb bytes.Buffer
	binary.Write(&nb, binary.LittleEndian, nums)
	fmt.Println(nb.Bytes())
}
