package main

import "fmt"

func main() {
	fmt.Println(`abc`, len(`\n
\n`))
	fmt.Println("\n"+"\""+`"`, "Hello, world!\n"[:5])
	fmt.Println("日本語", "\u65e5本\U00008a9e", "\xff\u00FF" == "\xff\xc3\xbf")
	fmt.Println("日本語" == "\u65e5\u672c\u8a9e", "日本語" == "\U000065e5\U0000672c\U00008a9e", "日本語" == "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")
	fmt.Println('a', 'ä', '本', '\t', '\000', '\007', '\377', '\x07', '\xff', '\u12e4', '\U00101234')
	fmt.Println('\'', "'", len("\a\b\f\n\r\t\v\\"))
	r := `\x41 is raw`
	fmt.Println(r, len(r))
	multi := `line1
	line2`
	fmt.Printf("%q\n", multi)
	fmt.Println(0x1p-2, 0x_1FFFp-16, 0x15e-2, 1_000_000, 0b1010, 0o17, 017, 0x_67_7a_2f_cc_40_c6)
	fmt.Println(1e3, .25, 6.67428e-11, 1e6, 0., 072.40, 2.71828, 1_5., 0.15e+0_2)
	fmt.Println(0i, 123i, 0o123i, 0xabci, 1e3i, 0x1p-2i)
}
