// gonotes patch: this file.

package interp

import (
	"encoding/binary"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

// embeddableCompiled caches compiledEmbeddable's answers by type.
var embeddableCompiled sync.Map // reflect.Type -> bool

// compiledEmbeddable reports whether rt, a named struct type of a compiled
// package whose value has no methods (sync.Mutex, sync.WaitGroup,
// strings.Builder: their methods have pointer receivers), can be an
// embedded field of a struct made by reflect.StructOf in any position.
// Such a field is then embedded (Anonymous) in the runtime type, as it is
// in Go: encoding/json skips it (it has no exported fields) instead of
// encoding it as a field named like its type ("Mutex":{}), and reflect
// reports it embedded. reflect.StructOf rejects an embedded type with
// methods beside other fields (golang/go#15924); methods of the value
// that reflect does not list (unexported ones) are found by trying.
func compiledEmbeddable(rt reflect.Type) bool {
	if rt.Kind() != reflect.Struct || rt.Name() == "" || rt.PkgPath() == "" || rt.NumMethod() > 0 {
		return false
	}
	if ok, found := embeddableCompiled.Load(rt); found {
		return ok.(bool)
	}
	ok := func() (ok bool) {
		defer func() {
			if recover() != nil {
				ok = false
			}
		}()
		reflect.StructOf([]reflect.StructField{
			{Name: "X", Type: reflect.TypeOf(0)},
			{Name: rt.Name(), Type: rt, Anonymous: true},
		})
		return true
	}()
	embeddableCompiled.Store(rt, ok)
	return ok
}

// embeddedStructKey identifies a struct runtime type made by
// structOfEmbedded: the type reflect.StructOf made with the fields as plain
// fields, and the indices of the fields embedded in the copy.
type embeddedStructKey struct {
	base  reflect.Type
	embed string
}

// embeddedStructs caches structOfEmbedded's copies, so that one struct type
// has one runtime type (values of two copies would differ as map keys and
// in comparisons of interfaces).
var embeddedStructs sync.Map // embeddedStructKey -> reflect.Type

// nativeEmbed reports whether reflect.StructOf embeds a field of type rt in
// a struct of n fields as the interpreter wants: without adding methods to
// the struct type beside other fields (the interpreter promotes methods
// itself), and without panicking (golang/go#15924).
func nativeEmbed(rt reflect.Type, n int) bool {
	return n == 1 && !(rt.Kind() == reflect.Interface && rt.NumMethod() > 0) || embeddable(rt) || compiledEmbeddable(rt)
}

// rtStructOf is reflect.StructOf, except that an exported embedded field
// that reflect.StructOf cannot embed beside other fields (a compiled type
// with methods: *sync.Mutex, time.Time, io.Reader) is embedded by
// structOfEmbedded, so that a struct type copied field by field from an
// interpreted struct type keeps its embedded fields.
func rtStructOf(fields []reflect.StructField) reflect.Type {
	var embed []int
	for i, f := range fields {
		if !f.Anonymous || f.PkgPath != "" || f.Type == nil || nativeEmbed(f.Type, len(fields)) {
			continue
		}
		if embed == nil {
			fields = append([]reflect.StructField(nil), fields...)
		}
		fields[i].Anonymous = false
		embed = append(embed, i)
	}
	return structOfEmbedded(fields, embed)
}

// structOfEmbedded returns reflect.StructOf(fields) with the fields at the
// indices embed (plain fields of exported names in fields) embedded, as in
// a struct type where a compiled type with methods is embedded beside other
// fields (struct{ *sync.Mutex; Items []string }). reflect.StructOf cannot
// make such a type (golang/go#15924: it would have to make the promoted
// methods), and the field used to be a plain field named like its type:
// reflect's Field(i).Anonymous was false, encoding/json wrote "Mutex":{}
// instead of promoting the embedded type's exported fields, and %T printed
// struct { Mutex *sync.Mutex; ... }. The result is a copy of the
// descriptor reflect.StructOf made for the plain fields, whose embedded
// fields have names with the embedded flag and whose string is Go's; it has
// no methods (the interpreter promotes the embedded type's methods itself,
// as it does for the types reflect embeds). Without named runtime types
// (namedTypesWork: an unknown runtime type layout), or if reflect's type
// has methods, it is reflect's type.
func structOfEmbedded(fields []reflect.StructField, embed []int) reflect.Type {
	base := reflect.StructOf(fields)
	if len(embed) == 0 || base.NumMethod() > 0 || !namedTypesWork() {
		return base
	}
	src := (*rtStruct)(rtTypeOf(base))
	if len(src.fields) != len(fields) {
		return base
	}
	// A type with a placeholder field (a recursive type being made) has its
	// fields set later in place (unsafe2.SetFieldType): it is not shared.
	shared := !strings.Contains(base.String(), "unsafe2.dummy")
	key := embeddedStructKey{base, fmt.Sprint(embed)}
	if shared {
		if r, ok := embeddedStructs.Load(key); ok {
			return r.(reflect.Type)
		}
	}
	isEmbed := make([]bool, len(fields))
	for _, i := range embed {
		isEmbed[i] = true
	}
	d := new(rtStruct)
	*d = *src
	d.tflag &^= tflagUncommon // no uncommon part follows the copy
	d.fields = append(d.fields[:0:0], src.fields...)
	var str strings.Builder
	str.WriteString("struct {")
	for i, f := range fields {
		str.WriteString(" ")
		if isEmbed[i] {
			flags := byte(1 | 8) // exported, embedded
			if f.Tag != "" {
				flags |= 2
			}
			d.fields[i].name = rtFieldNameBytes(f.Name, string(f.Tag), flags)
		} else {
			str.WriteString(f.Name + " ")
		}
		str.WriteString(f.Type.String())
		if f.Tag != "" {
			str.WriteString(" " + strconv.Quote(string(f.Tag)))
		}
		if i < len(fields)-1 {
			str.WriteString(";")
		}
	}
	if len(fields) > 0 {
		str.WriteString(" ")
	}
	str.WriteString("}")
	d.str = rtNameFlags(str.String(), 0)
	r := rtTypeFor(unsafe.Pointer(d))
	if shared {
		if prev, loaded := embeddedStructs.LoadOrStore(key, r); loaded {
			return prev.(reflect.Type)
		}
	}
	return r
}

// rtFieldNameBytes returns a new runtime name (abi.NewName) of a struct
// field: the flags byte, the name and, if flags has 2, the tag.
func rtFieldNameBytes(name, tag string, flags byte) unsafe.Pointer {
	b := []byte{flags}
	b = binary.AppendUvarint(b, uint64(len(name)))
	b = append(b, name...)
	if flags&2 != 0 {
		b = binary.AppendUvarint(b, uint64(len(tag)))
		b = append(b, tag...)
	}
	return unsafe.Pointer(&b[0])
}
