// Any other address under a language: the localised "page not found".
import { notFound } from 'next/navigation';

export default function UnknownPage() {
  notFound();
}
