package main

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Bitmap struct {
	W, H int
	Pix  []bool
}

func FromASCII(rows ...string) Bitmap {
	b := Bitmap{W: len(rows[0]), H: len(rows)}
	for _, r := range rows {
		for _, c := range r {
			b.Pix = append(b.Pix, c == '#')
		}
	}
	return b
}

// Encode writes runs as "<count><b|w>" per row, rows separated by '/'.
func (b Bitmap) Encode() string {
	var sb strings.Builder
	for y := range b.H {
		if y > 0 {
			sb.WriteByte('/')
		}
		row := b.Pix[y*b.W : (y+1)*b.W]
		for i := 0; i < len(row); {
			j := i
			for j < len(row) && row[j] == row[i] {
				j++
			}
			c := byte('w')
			if row[i] {
				c = 'b'
			}
			sb.WriteString(strconv.Itoa(j - i))
			sb.WriteByte(c)
			i = j
		}
	}
	return sb.String()
}

var ErrFormat = errors.New("bad RLE")

func Decode(s string, w int) (Bitmap, error) {
	b := Bitmap{W: w}
	for y, row := range strings.Split(s, "/") {
		n := 0
		count := 0
		for i := 0; i < len(row); i++ {
			c := row[i]
			switch {
			case c >= '0' && c <= '9':
				n = n*10 + int(c-'0')
			case c == 'b' || c == 'w':
				for range n {
					b.Pix = append(b.Pix, c == 'b')
				}
				count += n
				n = 0
			default:
				return b, fmt.Errorf("row %d col %d: %w: %q", y, i, ErrFormat, c)
			}
		}
		if count != w {
			return b, fmt.Errorf("row %d has %d pixels, want %d: %w", y, count, w, ErrFormat)
		}
		b.H++
	}
	return b, nil
}

func (b Bitmap) String() string {
	var buf bytes.Buffer
	for y := range b.H {
		for x := range b.W {
			if b.Pix[y*b.W+x] {
				buf.WriteByte('#')
			} else {
				buf.WriteByte('.')
			}
		}
		buf.WriteByte('\n')
	}
	return buf.String()
}

func main() {
	img := FromASCII(
		"..####..",
		".#....#.",
		"#.#..#.#",
		"#......#",
		".#.##.#.",
		"..####..",
	)
	enc := img.Encode()
	fmt.Println(enc, len(enc), "vs", img.W*img.H)
	back, err := Decode(enc, img.W)
	fmt.Print(back, err, " ", back.Encode() == enc, "\n")
	_, err = Decode("3b2x/8w", 8)
	fmt.Println(err, errors.Is(err, ErrFormat))
	_, err = Decode("3b/8w", 8)
	fmt.Println(err)
}
