package main

import (
	"encoding/binary"
	"fmt"
	"math/bits"
)

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
	Length  int64
}

func main() {
	x := uint32(0xF0F0_1234)
	fmt.Println(bits.OnesCount32(x), bits.LeadingZeros32(x>>8), bits.TrailingZeros32(x), bits.Len32(x))
	fmt.Printf("%08x %08x %08x\n", bits.RotateLeft32(x, 8), bits.ReverseBytes32(x), bits.Reverse32(1))
	hi, lo := bits.Mul64(1<<63, 4)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(hi, lo, sum, carry)
	buf := make([]byte, 16)
	h := Header{0xCAFEBABE, 2, 0x8001, -5}
	binary.BigEndian.PutUint32(buf[0:], h.Magic)
	binary.LittleEndian.PutUint16(buf[4:], h.Version)
	binary.LittleEndian.PutUint16(buf[6:], h.Flags)
	binary.BigEndian.PutUint64(buf[8:], uint64(h.Length))
	fmt.Printf("% x\n", buf)
	fmt.Println(binary.BigEndian.Uint32(buf), int64(binary.BigEndian.Uint64(buf[8:])))
	vb := binary.AppendUvarint(nil, 300)
	vb = binary.AppendVarint(vb, -3)
	fmt.Println(vb)
	u, n := binary.Uvarint(vb)
	v, m := binary.Varint(vb[n:])
	fmt.Println(u, n, v, m)
	out, err := binary.Append(nil, binary.LittleEndian, h)
	fmt.Println(len(out), err, binary.Size(h))
	var h2 Header
	_, err = binary.Decode(out, binary.LittleEndian, &h2)
	fmt.Printf("%+v %v\n", h2, err)
	var flags uint8 = 0b1010_0101
	flags |= 1 << 1
	flags &^= 1 << 7
	flags ^= 0xFF
	fmt.Printf("%08b %d\n", flags, flags>>2)
}
