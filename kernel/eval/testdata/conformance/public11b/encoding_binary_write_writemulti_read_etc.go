package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
)

func main() {
	// ExampleWrite
	{
		buf := new(bytes.Buffer)
		var pi float64 = math.Pi
		err := binary.Write(buf, binary.LittleEndian, pi)
		if err != nil {
			fmt.Println("binary.Write failed:", err)
		}
		fmt.Printf("% x", buf.Bytes())
	}

	// ExampleWrite_multi
	{
		buf := new(bytes.Buffer)
		var data = []any{
			uint16(61374),
			int8(-54),
			uint8(254),
		}
		for _, v := range data {
			err := binary.Write(buf, binary.LittleEndian, v)
			if err != nil {
				fmt.Println("binary.Write failed:", err)
			}
		}
		fmt.Printf("%x", buf.Bytes())
	}

	// ExampleRead
	{
		var pi float64
		b := []byte{0x18, 0x2d, 0x44, 0x54, 0xfb, 0x21, 0x09, 0x40}
		buf := bytes.NewReader(b)
		err := binary.Read(buf, binary.LittleEndian, &pi)
		if err != nil {
			fmt.Println("binary.Read failed:", err)
		}
		fmt.Print(pi)
	}

	// ExampleRead_multi
	{
		b := []byte{0x18, 0x2d, 0x44, 0x54, 0xfb, 0x21, 0x09, 0x40, 0xff, 0x01, 0x02, 0x03, 0xbe, 0xef}
		r := bytes.NewReader(b)

		var data struct {
			PI   float64
			Uate uint8
			Mine [3]byte
			Too  uint16
		}

		if err := binary.Read(r, binary.LittleEndian, &data); err != nil {
			fmt.Println("binary.Read failed:", err)
		}

		fmt.Println(data.PI)
		fmt.Println(data.Uate)
		fmt.Printf("% x\n", data.Mine)
		fmt.Println(data.Too)
	}

	// ExampleByteOrder_put
	{
		b := make([]byte, 4)
		binary.LittleEndian.PutUint16(b[0:], 0x03e8)
		binary.LittleEndian.PutUint16(b[2:], 0x07d0)
		fmt.Printf("% x\n", b)
	}
}
