package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Board uint64

func Sq(file, rank int) Board { return 1 << uint(rank*8+file) }

func (b Board) Has(file, rank int) bool { return b&Sq(file, rank) != 0 }

func (b Board) String() string {
	var sb strings.Builder
	for r := 7; r >= 0; r-- {
		for f := 0; f < 8; f++ {
			if b.Has(f, r) {
				sb.WriteByte('x')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

const notA, notH Board = 0xfefefefefefefefe, 0x7f7f7f7f7f7f7f7f

func (b Board) KingMoves() Board {
	m := (b << 8) | (b >> 8)
	side := b | m
	return m | (side<<1)&notA | (side>>1)&notH
}

func (b Board) Squares() []string {
	var out []string
	for b != 0 {
		i := bits.TrailingZeros64(uint64(b))
		out = append(out, fmt.Sprintf("%c%d", 'a'+i%8, i/8+1))
		b &= b - 1
	}
	return out
}

func main() {
	k := Sq(0, 0)
	fmt.Print(k.KingMoves())
	fmt.Println(k.KingMoves().Squares(), bits.OnesCount64(uint64(k.KingMoves())))
	e4 := Sq(4, 3)
	fmt.Println(e4.KingMoves().Squares(), bits.OnesCount64(uint64(e4.KingMoves())))
	fmt.Println(Board(bits.Reverse64(uint64(k))).Squares(), Board(bits.RotateLeft64(uint64(k), 9)).Squares())
	var x, y uint64 = 0b1011, 0b0110
	fmt.Println(bits.OnesCount64(x^y), bits.Len64(x|y), bits.LeadingZeros64(x))
	s, c := bits.Add32(0xffffffff, 1, 0)
	fmt.Println(s, c, bits.ReverseBytes32(0x11223344) == 0x44332211)
}
