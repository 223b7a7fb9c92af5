package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Count   uint32
}

type Sample struct {
	T     int64
	Value float32
	OK    bool
	_     [3]byte
}

type Level uint8

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

func main() {
	var buf bytes.Buffer
	h := Header{[4]byte{'S', 'M', 'P', 'L'}, 2, 0x8001, 3}
	binary.Write(&buf, binary.LittleEndian, h)
	samples := []Sample{{1000, 1.5, true, [3]byte{}}, {2000, -0.25, false, [3]byte{}}, {3000, 3e8, true, [3]byte{}}}
	binary.Write(&buf, binary.LittleEndian, samples)
	binary.Write(&buf, binary.BigEndian, []Level{0, 2, 1})
	fmt.Println(buf.Len(), binary.Size(h), binary.Size(samples), binary.Size(Level(0)))
	var h2 Header
	binary.Read(&buf, binary.LittleEndian, &h2)
	got := make([]Sample, h2.Count)
	err := binary.Read(&buf, binary.LittleEndian, got)
	fmt.Printf("%s %d %#x %v %+v\n", h2.Magic[:], h2.Version, h2.Flags, err, got)
	lv := make([]Level, 3)
	binary.Read(&buf, binary.BigEndian, lv)
	fmt.Println(lv)
	err = binary.Read(&buf, binary.BigEndian, &h2)
	fmt.Println(err == io.EOF, err)
	err = binary.Read(bytes.NewReader([]byte{1, 2}), binary.BigEndian, &h2)
	fmt.Println(errors.Is(err, io.ErrUnexpectedEOF))
	vb := make([]byte, 0, 32)
	for _, v := range []int64{0, 1, -1, 63, -64, 300, -1 << 40} {
		vb = binary.AppendVarint(vb, v)
	}
	fmt.Println(len(vb), vb[:8])
	r := bytes.NewReader(vb)
	for {
		v, err := binary.ReadVarint(r)
		if err != nil {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	u, n := binary.Uvarint([]byte{0xff, 0xff, 0x03})
	fmt.Println(u, n, binary.PutUvarint(make([]byte, 10), 1<<63))
	b8 := binary.BigEndian.AppendUint64(nil, 0x0102030405060708)
	fmt.Println(b8, binary.LittleEndian.Uint32(b8[4:]), binary.BigEndian.String(), binary.NativeEndian.Uint16([]byte{1, 0}) > 0)
}
