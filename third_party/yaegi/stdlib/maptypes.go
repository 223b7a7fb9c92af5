package stdlib

import (
	"encoding"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"log"
	"log/slog"
	"reflect"
)

func init() {
	mt := []reflect.Type{
		reflect.TypeOf((*fmt.Formatter)(nil)).Elem(),
		reflect.TypeOf((*error)(nil)).Elem(), // gonotes patch: before Stringer, as in fmt
		reflect.TypeOf((*fmt.Stringer)(nil)).Elem(),
		reflect.TypeOf((*fmt.GoStringer)(nil)).Elem(), // gonotes patch
	}

	MapTypes[reflect.ValueOf(fmt.Errorf)] = mt
	MapTypes[reflect.ValueOf(fmt.Fprint)] = mt
	MapTypes[reflect.ValueOf(fmt.Fprintf)] = mt
	MapTypes[reflect.ValueOf(fmt.Fprintln)] = mt
	MapTypes[reflect.ValueOf(fmt.Print)] = mt
	MapTypes[reflect.ValueOf(fmt.Printf)] = mt
	MapTypes[reflect.ValueOf(fmt.Println)] = mt
	MapTypes[reflect.ValueOf(fmt.Sprint)] = mt
	MapTypes[reflect.ValueOf(fmt.Sprintf)] = mt
	MapTypes[reflect.ValueOf(fmt.Sprintln)] = mt

	MapTypes[reflect.ValueOf(log.Fatal)] = mt
	MapTypes[reflect.ValueOf(log.Fatalf)] = mt
	MapTypes[reflect.ValueOf(log.Fatalln)] = mt
	MapTypes[reflect.ValueOf(log.Panic)] = mt
	MapTypes[reflect.ValueOf(log.Panicf)] = mt
	MapTypes[reflect.ValueOf(log.Panicln)] = mt

	mt = []reflect.Type{reflect.TypeOf((*fmt.Scanner)(nil)).Elem()}

	MapTypes[reflect.ValueOf(fmt.Scan)] = mt
	MapTypes[reflect.ValueOf(fmt.Scanf)] = mt
	MapTypes[reflect.ValueOf(fmt.Scanln)] = mt
	// gonotes patch: the other scanning functions see fmt.Scanner too.
	for _, f := range []any{fmt.Sscan, fmt.Sscanf, fmt.Sscanln, fmt.Fscan, fmt.Fscanf, fmt.Fscanln} {
		MapTypes[reflect.ValueOf(f)] = mt
	}

	MapTypes[reflect.ValueOf(json.Marshal)] = []reflect.Type{
		reflect.TypeOf((*json.Marshaler)(nil)).Elem(),
		reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem(),
	}
	MapTypes[reflect.ValueOf(json.Unmarshal)] = []reflect.Type{
		reflect.TypeOf((*json.Unmarshaler)(nil)).Elem(),
		reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem(),
	}
	// gonotes patch: the other encoders and decoders of json and xml.
	MapTypes[reflect.ValueOf(json.MarshalIndent)] = MapTypes[reflect.ValueOf(json.Marshal)]
	MapTypes[reflect.ValueOf((*json.Encoder).Encode)] = MapTypes[reflect.ValueOf(json.Marshal)]
	MapTypes[reflect.ValueOf((*json.Decoder).Decode)] = MapTypes[reflect.ValueOf(json.Unmarshal)]
	MapTypes[reflect.ValueOf(xml.Marshal)] = []reflect.Type{
		reflect.TypeOf((*xml.Marshaler)(nil)).Elem(),
		reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem(),
		reflect.TypeOf((*xml.MarshalerAttr)(nil)).Elem(), // gonotes patch (s12)
	}
	MapTypes[reflect.ValueOf(xml.Unmarshal)] = []reflect.Type{
		reflect.TypeOf((*xml.Unmarshaler)(nil)).Elem(),
		reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem(),
		reflect.TypeOf((*xml.UnmarshalerAttr)(nil)).Elem(), // gonotes patch (s12)
	}
	// gonotes patch: slog resolves the LogValuer arguments of its calls.
	lv := []reflect.Type{reflect.TypeOf((*slog.LogValuer)(nil)).Elem()}
	for _, f := range []any{slog.Any, slog.AnyValue, slog.Debug, slog.Info, slog.Warn, slog.Error, slog.Log, slog.With, slog.Group, slog.DebugContext, slog.InfoContext, slog.WarnContext, slog.ErrorContext,
		(*slog.Logger).Debug, (*slog.Logger).Info, (*slog.Logger).Warn, (*slog.Logger).Error, (*slog.Logger).Log, (*slog.Logger).With,
		(*slog.Logger).DebugContext, (*slog.Logger).InfoContext, (*slog.Logger).WarnContext, (*slog.Logger).ErrorContext} {
		MapTypes[reflect.ValueOf(f)] = lv
	}
	MapTypes[reflect.ValueOf(xml.MarshalIndent)] = MapTypes[reflect.ValueOf(xml.Marshal)] // gonotes patch
	MapTypes[reflect.ValueOf((*xml.Encoder).Encode)] = MapTypes[reflect.ValueOf(xml.Marshal)]
	MapTypes[reflect.ValueOf((*xml.Decoder).Decode)] = MapTypes[reflect.ValueOf(xml.Unmarshal)]
}
