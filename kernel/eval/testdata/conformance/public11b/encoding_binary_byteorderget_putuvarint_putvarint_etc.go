package main

import (
	"encoding/binary"
	"fmt"
)

func main() {
	// ExampleByteOrder_get
	{
		b := []byte{0xe8, 0x03, 0xd0, 0x07}
		x1 := binary.LittleEndian.Uint16(b[0:])
		x2 := binary.LittleEndian.Uint16(b[2:])
		fmt.Printf("%#04x %#04x\n", x1, x2)
	}

	// ExamplePutUvarint
	{
		buf := make([]byte, binary.MaxVarintLen64)

		for _, x := range []uint64{1, 2, 127, 128, 255, 256} {
			n := binary.PutUvarint(buf, x)
			fmt.Printf("%x\n", buf[:n])
		}
	}

	// ExamplePutVarint
	{
		buf := make([]byte, binary.MaxVarintLen64)

		for _, x := range []int64{-65, -64, -2, -1, 0, 1, 2, 63, 64} {
			n := binary.PutVarint(buf, x)
			fmt.Printf("%x\n", buf[:n])
		}
	}

	// ExampleUvarint
	{
		inputs := [][]byte{
			{0x01},
			{0x02},
			{0x7f},
			{0x80, 0x01},
			{0xff, 0x01},
			{0x80, 0x02},
		}
		for _, b := range inputs {
			x, n := binary.Uvarint(b)
			if n != len(b) {
				fmt.Println("Uvarint did not consume all of in")
			}
			fmt.Println(x)
		}
	}

	// ExampleVarint
	{
		inputs := [][]byte{
			{0x81, 0x01},
			{0x7f},
			{0x03},
			{0x01},
			{0x00},
			{0x02},
			{0x04},
			{0x7e},
			{0x80, 0x01},
		}
		for _, b := range inputs {
			x, n := binary.Varint(b)
			if n != len(b) {
				fmt.Println("Varint did not consume all of in")
			}
			fmt.Println(x)
		}
	}
}
