package main

import (
	"bytes"
	"encoding/base32"
	"encoding/binary"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint8
	_       uint8
	Count   int32
	Scale   float32
	Points  [2]struct{ X, Y int16 }
}

func main() {
	in := "name,qty,note\n\"Smith, J\",3,\"said \"\"hi\"\"\"\nlee,,\n# comment\nx,1,\"multi\nline\"\n"
	r := csv.NewReader(strings.NewReader(in))
	r.Comment = '#'
	recs, err := r.ReadAll()
	fmt.Printf("%q %v\n", recs, err)
	r = csv.NewReader(strings.NewReader("a,b\nc\n"))
	_, err = r.ReadAll()
	var pe *csv.ParseError
	fmt.Println(err, errors.As(err, &pe), errors.Is(err, csv.ErrFieldCount))
	r = csv.NewReader(strings.NewReader("a;\"b\nc;d"))
	r.Comma = ';'
	_, err = r.ReadAll()
	fmt.Println(err)
	r = csv.NewReader(strings.NewReader(" a , b \nq\"x,y\n"))
	r.TrimLeadingSpace = true
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line, col := r.FieldPos(0)
		fmt.Printf("%q %v %d:%d %d\n", rec, err, line, col, r.InputOffset())
	}
	var sb strings.Builder
	w := csv.NewWriter(&sb)
	w.Write([]string{"a b", "c,d", "e\"f", "", " lead", "x\ny"})
	w.UseCRLF = true
	w.Write([]string{"crlf"})
	w.Flush()
	fmt.Printf("%q %v\n", sb.String(), w.Error())
	h := Header{Magic: [4]byte{'G', 'N', 'T', 'S'}, Version: 258, Flags: 7, Count: -2, Scale: 1.5}
	h.Points[1].X = -1
	var buf bytes.Buffer
	fmt.Println(binary.Write(&buf, binary.LittleEndian, h), binary.Size(h), buf.Len())
	fmt.Printf("% x\n", buf.Bytes())
	var back Header
	fmt.Println(binary.Read(bytes.NewReader(buf.Bytes()), binary.LittleEndian, &back), back == h, back.Points)
	var be bytes.Buffer
	binary.Write(&be, binary.BigEndian, []uint16{1, 0xABCD})
	binary.Write(&be, binary.BigEndian, int8(-1))
	fmt.Printf("% x\n", be.Bytes())
	err = binary.Read(bytes.NewReader([]byte{1}), binary.BigEndian, new(uint32))
	fmt.Println(err)
	fmt.Println(binary.Write(&be, binary.BigEndian, 3))
	b := binary.BigEndian.AppendUint32(nil, 0xDEADBEEF)
	b = binary.LittleEndian.AppendUint16(b, 0x0102)
	fmt.Printf("% x %d %d\n", b, binary.BigEndian.Uint16(b), binary.LittleEndian.Uint64(append(b, 0, 0)))
	vb := binary.AppendUvarint(nil, 300)
	vb = binary.AppendVarint(vb, -3)
	x, n := binary.Uvarint(vb)
	y, m := binary.Varint(vb[n:])
	fmt.Println(vb, x, n, y, m, binary.PutUvarint(make([]byte, 10), 1<<40))
	_, n = binary.Uvarint([]byte{0xff, 0xff})
	fmt.Println(n)
	enc, err := binary.Append(nil, binary.BigEndian, struct{ A, B uint16 }{1, 2})
	fmt.Println(enc, err)
	s32 := base32.StdEncoding.EncodeToString([]byte("hello!"))
	d32, err := base32.StdEncoding.DecodeString(s32)
	fmt.Println(s32, string(d32), err, base32.HexEncoding.WithPadding(base32.NoPadding).EncodeToString([]byte("hi")))
}
